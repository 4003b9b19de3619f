"""Landing: the signed, localized, personalized page a push links to (FastAPI + Jinja2 + Babel)."""

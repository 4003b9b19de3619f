"""Landing's HTTP door: the page, the click redirect and the error pages."""

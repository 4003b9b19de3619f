"""Write the JSON Schema files in schemas/json from the pydantic models.

Run ``python -m schemas.export`` after changing a model; a test fails while the
checked-in files and the models disagree.
"""

from __future__ import annotations

import json
from pathlib import Path

from schemas.events import SCHEMA_MODELS

SCHEMA_DIR = Path(__file__).parent / "json"


def render_schemas() -> dict[str, str]:
    """The file name → JSON text of every exported schema."""
    return {
        f"{name}.schema.json": json.dumps(model.model_json_schema(mode="serialization"), indent=2, sort_keys=True)
        + "\n"
        for name, model in SCHEMA_MODELS.items()
    }


def main() -> None:
    SCHEMA_DIR.mkdir(exist_ok=True)
    for filename, text in render_schemas().items():
        (SCHEMA_DIR / filename).write_text(text)
        print(f"wrote schemas/json/{filename}")


if __name__ == "__main__":
    main()

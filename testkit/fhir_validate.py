"""Validates FHIR R4 bundles with `fhir.resources` (an independent implementation of the R4
resource model, on pydantic), as the export's tests do: every entry's resource is parsed as its
own type, with its cardinalities, value sets bound by the model and primitive formats checked.

Usage: python fhir_validate.py BUNDLE.json...   Prints the problems and exits 1 if any.
The versions are pinned by `cargo xtask test` (FHIR_VALIDATOR in xtask/src/tasks.rs)."""

import json
import sys

from fhir.resources.bundle import Bundle
from pydantic import ValidationError


def main(paths):
    failed = False
    for path in paths:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        try:
            Bundle.parse_obj(data)
        except ValidationError as error:
            failed = True
            print(f"{path}: not valid FHIR R4\n{error}")
            continue
        print(f"{path}: valid FHIR R4, {len(data.get('entry', []))} entries")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

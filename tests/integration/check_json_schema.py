#!/usr/bin/python3
"""Validates JSON documents against a JSON Schema with Debian's python3-jsonschema (an implementation LP Desk did
not write). Usage: check_json_schema.py SCHEMA.json DOC.json...; exit 1 listing every error."""
import json
import sys

import jsonschema


def main():
    if len(sys.argv) < 3:
        print("usage: check_json_schema.py SCHEMA DOC...", file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)
    failed = False
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        for e in errors:
            print(f"{path}: {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}")
        print(f"{path}: {len(errors)} errors")
        failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

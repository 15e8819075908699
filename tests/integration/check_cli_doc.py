#!/usr/bin/env python3
"""docs/cli.md against the program: who may run each command, and the options each command takes.

Reads every table of docs/cli.md whose header is `| command | who | does |`. The first cell names one or more
commands (each in backticks, ` · ` between them); the who cell begins with the roles the permission table lets run
them — `anyone`, or role names separated by commas, or `— (no database)` — and anything after a semicolon is a
further rule core applies (who may change a setting, separation of duties), which this check does not read.
It compares that with `lpdesk-cli --json permissions` (the table core enforces, with each command's row):
  - every command of the program is documented, and every documented command exists;
  - the roles the doc names for a command are exactly the roles of its row in the table;
  - every option a command's usage (`lpdesk-cli help COMMAND`) declares is documented for it, and the doc gives no
    option the command does not take.
Any difference fails (exit 1), naming the command, what the doc says and what the program says.

usage: check_cli_doc.py LPDESK_CLI DOCS_CLI_MD
       check_cli_doc.py --self-test    (plants each kind of drift in a scratch doc and expects a failure)
"""
import json
import re
import subprocess
import sys

ROLES = ("admin", "investigator", "legal", "auditor")
NO_DATABASE = "no-database"
HEADER = re.compile(r"^\|\s*command\s*\|\s*who\s*\|\s*does\s*\|\s*$")
CELL_SPLIT = re.compile(r"(?<!\\)\|")
SPAN = re.compile(r"`([^`]+)`")
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")


def program_table(cli):
    """command -> (row id, roles) from `lpdesk-cli --json permissions`."""
    out = subprocess.run([cli, "--json", "permissions"], capture_output=True, text=True, check=True).stdout
    table = {}
    for row in json.loads(out):
        if row["id"] == "unlisted":
            continue
        for command in row["commands"]:
            table[command] = (row["id"], frozenset(row["roles"]) if row["id"] != NO_DATABASE else None)
    return table


def program_options(cli, command):
    """The options the command's usage line declares (`lpdesk-cli help COMMAND`, first line)."""
    out = subprocess.run([cli, "help", command], capture_output=True, text=True, check=True).stdout
    usage = out.split("\n", 1)[0]
    return set(OPTION.findall(usage))


def read_who(cell):
    """The roles a who cell names before its first semicolon; None for `— (no database)`; raises on anything else."""
    head = cell.split(";", 1)[0].strip()
    if head.startswith("—"):
        return None
    if head == "anyone":
        return frozenset(ROLES)
    names = [n.strip() for n in head.split(",")]
    unknown = [n for n in names if n not in ROLES]
    if unknown:
        raise ValueError("the who cell '%s' names no role as %s (write roles separated by commas, 'anyone', or "
                         "'— (no database)', then '; ' and any further rule)" % (cell.strip(), ", ".join(unknown)))
    return frozenset(names)


def command_of(span, commands):
    """The longest command name the words of a backticked span start with."""
    words = span.split()
    for n in range(min(len(words), 4), 0, -1):
        name = " ".join(words[:n])
        if name in commands:
            return name
    return None


def documented(doc_text, commands):
    """command -> list of (line number, roles or None, options documented for it), and problems found reading."""
    found = {}
    problems = []
    in_table = False
    for number, line in enumerate(doc_text.split("\n"), 1):
        if HEADER.match(line):
            in_table = True
            continue
        if not in_table:
            continue
        if not line.startswith("|"):
            in_table = False
            continue
        cells = CELL_SPLIT.split(line)[1:-1]
        if len(cells) < 3 or set(cells[0].strip()) <= set("-: "):
            continue
        try:
            roles = read_who(cells[1])
        except ValueError as e:
            problems.append("docs/cli.md:%d: %s" % (number, e))
            continue
        spans = [s.replace("\\|", "|") for s in SPAN.findall(cells[0])]
        if not spans:
            problems.append("docs/cli.md:%d: no command in backticks in the first cell" % number)
        for span in spans:
            command = command_of(span, commands)
            if command is None:
                problems.append("docs/cli.md:%d: `%s` is not a command of lpdesk-cli" % (number, span))
                continue
            found.setdefault(command, []).append((number, roles, set(OPTION.findall(span))))
    return found, problems


def roles_text(roles):
    return "— (no database)" if roles is None else ", ".join(r for r in ROLES if r in roles)


def compare(table, options_of, doc_text):
    found, problems = documented(doc_text, table)
    for command in sorted(table):
        row, roles = table[command]
        if command not in found:
            problems.append("`%s` (table: %s, %s) is not documented in a command/who table of docs/cli.md"
                            % (command, row, roles_text(roles)))
            continue
        for number, doc_roles, _ in found[command]:
            if doc_roles != roles:
                problems.append("docs/cli.md:%d: `%s` — the doc says %s; the permission table (%s) says %s"
                                % (number, command, roles_text(doc_roles), row, roles_text(roles)))
        declared = options_of(command)
        given = set().union(*(o for _, _, o in found[command]))
        for option in sorted(declared - given):
            problems.append("docs/cli.md:%d: `%s` takes %s; the doc does not say so"
                            % (found[command][0][0], command, option))
        for option in sorted(given - declared):
            problems.append("docs/cli.md:%d: `%s` is documented with %s, which it does not take"
                            % (found[command][0][0], command, option))
    return problems


def self_test():
    table = {"store list": ("see-stores", frozenset(ROLES)),
             "store add": ("manage-stores", frozenset({"admin"})),
             "release approve": ("decide-release", frozenset({"legal"})),
             "verify": (NO_DATABASE, None)}
    options = {"store list": set(), "store add": {"--path", "--url"}, "release approve": {"--note"},
               "verify": {"--ca"}}
    good = ("| command | who | does |\n|---|---|---|\n"
            "| `store list` | anyone | stores |\n"
            "| `store add ID (--path DIR \\| --url URL)` | admin | add |\n"
            "| `release approve REQ --note T` | legal; never the requester | decide |\n"
            "| `verify FILE.zip [--ca PEM]` | — (no database) | check |\n")
    if compare(table, options.get, good):
        print("self-test: a doc that agrees was refused: %s" % compare(table, options.get, good))
        return 1
    drifts = {
        "a role too many": good.replace("| admin | add", "| admin, investigator | add"),
        "a role missing": good.replace("| anyone | stores", "| investigator, legal, admin | stores"),
        "a command missing": good.replace("| `store list` | anyone | stores |\n", ""),
        "a command that does not exist": good + "| `store remove ID` | admin | remove |\n",
        "an option missing": good.replace(" [--ca PEM]", ""),
        "an option the command does not take": good.replace("--note T", "--note T --force"),
        "a who cell that names no role": good.replace("| legal; never", "| legal reviewers; never"),
    }
    failed = 0
    for what, doc in drifts.items():
        if not compare(table, options.get, doc):
            print("self-test: %s was not found" % what)
            failed += 1
    print("self-test: %d of %d planted drifts found" % (len(drifts) - failed, len(drifts)))
    return 1 if failed else 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) != 3:
        print(__doc__)
        return 2
    cli, doc = argv[1], argv[2]
    table = program_table(cli)
    with open(doc, encoding="utf-8") as f:
        problems = compare(table, lambda c: program_options(cli, c), f.read())
    for p in problems:
        print("ERROR: " + p)
    print("check_cli_doc: %d commands, %d problem(s) in %s" % (len(table), len(problems), doc))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

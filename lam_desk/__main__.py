"""Entry point of `lam-desk` and `python -m lam_desk`."""

import sys


def main() -> int:
    from lam_desk.cli import run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())

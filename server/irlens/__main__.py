import sys

# The compiler launcher runs once per compile of a build: without the other subcommands' imports.
if sys.argv[1:2] == ["cc"]:
    from irlens.launcher.flow import main as launch

    raise SystemExit(launch(sys.argv[2:]))

from irlens.cli import main

raise SystemExit(main())

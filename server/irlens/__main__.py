import sys

if sys.argv[1:2] == ["cc"]:  # the compiler launcher runs once per compile: none of the other subcommands' imports
    from irlens.build.launcher import main as launch

    raise SystemExit(launch(sys.argv[2:]))

from irlens.cli import main

raise SystemExit(main())

from irlens.cli import main

raise SystemExit(main())

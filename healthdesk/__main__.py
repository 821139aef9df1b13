from healthdesk.cli import main

raise SystemExit(main())

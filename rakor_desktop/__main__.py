from rakor_desktop.app import main

raise SystemExit(main())

from kvmgui.app import main

raise SystemExit(main())

import KithCLI

Kith.main()

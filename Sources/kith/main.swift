import KithCLI

Kith.mainFromCommandLine()

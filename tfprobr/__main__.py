from tfprobr.cli import main

main()

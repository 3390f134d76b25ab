from warscribe.cli import main

main()

"""``python -m podcastify`` runs the command line."""

from podcastify.cli import main

if __name__ == "__main__":
    main()

"""nghiquyet: ask questions of folders of Vietnamese news articles about Party meetings."""

__version__ = "0.1.0"

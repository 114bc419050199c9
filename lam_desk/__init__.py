"""LAM Desk: the reception desk of the network's public digital access points."""

__version__ = "0.1.0"

"""vnkg: Vietnamese news -> knowledge graph. The command line lives in `vnkg.cli`."""
__version__ = "0.1.0"

"""Report formats. Each module renders a list of FileResults."""

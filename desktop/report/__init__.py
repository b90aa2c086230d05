"""The period report, Qt-free: which records count, the figures head office reports (each with
the records behind it), the published rounding, the summary paragraph and the exports. The
command line, the report window, the PDF and the field home page are all built on these."""

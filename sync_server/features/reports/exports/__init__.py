"""Report files: XLSX (XlsxWriter, streamed), PDF (ReportLab) and CSV for Danish Excel."""

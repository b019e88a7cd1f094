"""Management reports: figures of a period from daily and monthly rollups, cost, exports."""

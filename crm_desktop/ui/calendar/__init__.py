"""The Calendar panel: month, week, day and agenda views over TaskService.items()."""

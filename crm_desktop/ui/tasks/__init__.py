"""Tasks in the window: the task editor, completing with a result, the task lists, reminders and the tray."""

"""The sales funnel: the kanban board and its dialogs."""

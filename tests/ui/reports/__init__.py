"""Widget tests of the Reports panel, its charts and its editors."""

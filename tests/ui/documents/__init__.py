"""Widget tests of the template manager and the Generate dialog."""

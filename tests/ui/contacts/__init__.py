"""Widget tests of the Contacts panel and the person and company cards."""

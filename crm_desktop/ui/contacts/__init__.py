"""The Contacts panel: lists of people and companies, filters and segments, the Trash, and the cards."""

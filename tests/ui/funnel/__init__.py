"""Widget tests of the sales funnel."""

"""The Reports panel: report list, filters, a QtCharts chart and the table behind it, export, plans and campaigns."""

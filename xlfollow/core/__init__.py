"""The pure core: statuses, layout, normalising, rules, roll-up and the plan, as data. Imports
neither openpyxl, lxml, xlwings nor python-calamine."""

"""Kazakh extraction: entity spans with names in the nominative (spans.py, names.py, orgs.py),
titles, states and coreference (roles.py), and the events: meetings, statements and projects
(meetings.py, statements.py, projects.py), with the verb forms that decide their modality
(verbs.py). Everything language-specific is read from kelisim/lang/kk/; the records are the
same as for Russian (spec/OUTPUT.md)."""

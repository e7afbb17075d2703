"""English extraction by rule, with no model: the lexicons (lexicons.py), entity spans and names
(entities.py), groups (groups.py), titles and states of persons (roles.py), pronouns and
descriptions (coref.py), shallow clause helpers (clause.py), and the events: meetings,
statements, agreements and projects, each mirroring the Russian stage of the same name and
its record attributes.
"""

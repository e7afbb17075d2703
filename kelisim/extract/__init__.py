"""Extraction stages: entities and roles, coreference, meetings, statements, agreements, projects, modality, sectors, codes."""

"""Participatory projects and session plans. ``docx_export`` and its helpers never import Qt
(the CLI uses them headless); keep Qt imports in the page and dialog modules of this folder."""

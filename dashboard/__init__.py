"""The dashboard's support code: data access, chart factory, texts, shared components.

Pages in pages/ import from here; nothing here contains page layout of its own.
"""

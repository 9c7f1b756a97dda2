"""The coordination server: the network's shared-folder sync over HTTPS (FastAPI + uvicorn).

It stores network files and the CSOs' signed bundles only, checked with the same code as the
shared-folder reader (:mod:`directory.validation`) and merged with :func:`directory.merge.merge`.
It never sees a CSO's database. Deployment: DEPLOY.md in this folder.
"""

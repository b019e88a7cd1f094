"""Server features, each with router (HTTP), service (rules) and repository (queries).

The content kernel they share (revisions, change numbers, tombstones) is
:mod:`sync_server.content`; the caller they scope to is :class:`sync_server.principal.Caller`.
"""

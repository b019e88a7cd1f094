"""Messages to citizens (SMS and e-mail) through the municipality's providers.

The server holds the providers, so workstations hold no credentials. A message is claimed
(idempotent on municipality + client UUID), sent outside any database transaction, and its
result recorded; the recipient is erased in the same transaction as the final status.
"""

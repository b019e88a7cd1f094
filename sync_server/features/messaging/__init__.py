"""Messages to citizens (SMS and e-mail) through the municipality's providers.

The server holds the providers, so workstations hold no credentials. A message is claimed
(idempotent on municipality + client UUID), sent outside any database transaction, and its
result recorded; the recipient is erased in the same statement as the final status
(delivered/failed; "sent" for SMTP and the file provider, which report nothing later). A
recipient still waiting for a delivery report is erased after
``VEJVISER_MESSAGE_RECIPIENT_RETENTION_HOURS`` (48) anyway; a message left "queued" by a
server that stopped while sending is marked failed after 15 minutes.

Statuses: queued → sent → delivered | failed. "failed" carries the Danish reason and
invites sending again; it is only used when the SMS gateway surely did not get the message
(refused, DNS, connect timeout, an error answer). When the request reached the gateway but
its answer was lost (read timeout, connection dropped while waiting), the SMS may well have
gone out: it is "sent" *with* a reason ("Ikke bekræftet – … Vent på kvitteringen, før du
sender igen."), awaiting the delivery report (matched by ``userref``) like any sent SMS; a
report that it is on its way drops the reason. A plain "sent" has no reason.

Endpoints (``/api/v1``): ``POST /messages``, ``GET /messages/{id}``,
``GET /messages?guide_id=&since=&limit=`` (the caller's own), ``GET|PUT /messaging/templates``
(admins write), ``POST /messaging/sms/status`` (the gateway's delivery reports; secret in the
``X-Webhook-Secret`` header — or ``?secret=``, which proxies may log, so prefer the header).

Settings (environment, ``VEJVISER_`` prefix):

============================  ==============================================================
MAIL_PROVIDER                 smtp | file | none. Unset: "file" with VEJVISER_DEMO=1 or for
                              the demo municipality 999 (seed-demo), else "none" (503).
SMS_PROVIDER                  gatewayapi | file | none; unset as for mail.
MESSAGE_OUTBOX_DIR            the file provider's folder (default: DATA_DIR/outbox).
SMTP_HOST, SMTP_PORT          port default by security: 587 / 465 / 25.
SMTP_SECURITY                 starttls (default) | tls (implicit) | none.
SMTP_USERNAME, SMTP_PASSWORD  login (AUTH PLAIN/LOGIN; UTF-8 credentials work).
SMTP_FROM                     envelope and From address; the display name is the
                              municipality's ``sender_name`` template.
SMTP_CA_FILE, SMTP_TIMEOUT    an extra trusted CA (internal CA); seconds.
SMS_API_URL                   default https://gatewayapi.com/rest/mtsms.
SMS_TOKEN                     the gateway token (basic-auth user name).
SMS_SENDER                    default sender until a municipality sets its own.
SMS_WEBHOOK_SECRET            shared secret of the delivery-report webhook (unset: 503).
SMS_TIMEOUT, SMS_MAX_PARTS    seconds; longer SMS are refused with 422 (default 10 parts).
MESSAGE_RATE_PER_HOUR         per account (default 60); above it 429 with a Danish message.
============================  ==============================================================

No secret has a usable default. Recipients are never logged: provider failures log only a
stable code and the exception's type.
"""

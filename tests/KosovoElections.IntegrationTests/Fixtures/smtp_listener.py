"""The integration tests' SMTP server (see SmtpListener.cs): aiosmtpd storing what it accepts in a Maildir.

Optionally it requires STARTTLS with a given certificate, refuses every authentication, or refuses recipients whose
address starts with "refused". Each TCP connection adds a line to a log before it is served, so a test can count
connections without waiting on anything.
"""
import argparse
import asyncio
import ssl

from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import SMTP, AuthResult


class RefusingMailbox(Mailbox):
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("refused"):
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def refuse_everyone(server, session, envelope, mechanism, auth_data):
    return AuthResult(success=False, handled=False)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--connections", required=True)
    parser.add_argument("--tlscert")
    parser.add_argument("--tlskey")
    parser.add_argument("--refuse-auth", action="store_true")
    args = parser.parse_args()

    context = None
    if args.tlscert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tlscert, args.tlskey)
    handler = RefusingMailbox(args.maildir)

    def connection():
        with open(args.connections, "a", encoding="ascii") as log:
            log.write("connection\n")
        return SMTP(
            handler,
            tls_context=context,
            require_starttls=context is not None,
            authenticator=refuse_everyone if args.refuse_auth else None,
            auth_required=args.refuse_auth,
        )

    loop = asyncio.new_event_loop()
    loop.run_until_complete(loop.create_server(connection, "127.0.0.1", args.port))
    loop.run_forever()


if __name__ == "__main__":
    main()

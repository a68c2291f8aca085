package io.newsflow.ingest.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Refuses addresses a fetch must not reach (SSRF): loopback, private (RFC 1918, IPv6 unique-local),
 * link-local (cloud metadata services live there), wildcard and multicast. Loopback is allowed only when
 * configured so, for local runs and tests.
 *
 * <p>It is the HTTP client's resolver: the addresses it checks are the very ones the client connects to,
 * for http and https alike, so a second DNS answer (rebinding) cannot slip past the check.
 */
public final class AddressGuard implements DnsResolver {

    /** How names become addresses: the system resolver, or a stand-in in tests. */
    @FunctionalInterface
    public interface NameLookup {
        InetAddress[] lookup(String host) throws UnknownHostException;
    }

    private final boolean allowLoopback;
    private final NameLookup names;

    public AddressGuard(boolean allowLoopback) {
        this(allowLoopback, InetAddress::getAllByName);
    }

    public AddressGuard(boolean allowLoopback, NameLookup names) {
        this.allowLoopback = allowLoopback;
        this.names = names;
    }

    /**
     * Resolves the host, refusing it if any of its addresses is forbidden (so that a name cannot mix a
     * public and an internal address).
     *
     * @throws RefusedException naming the address when it is forbidden, or when the host does not resolve
     */
    @Override
    public InetAddress[] resolve(String host) throws RefusedException {
        InetAddress[] addresses;
        try {
            addresses = names.lookup(host);
        } catch (UnknownHostException e) {
            throw new RefusedException("unknown host " + host);
        }
        if (addresses == null || addresses.length == 0) {
            throw new RefusedException("unknown host " + host);
        }
        for (InetAddress address : addresses) {
            check(address);
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        // only Kerberos/SPNEGO asks for it, and no fetch uses them: answering without a lookup keeps
        // every lookup in resolve(), where it is checked
        return host;
    }

    void check(InetAddress address) throws RefusedException {
        if (address.isLoopbackAddress()) {
            if (!allowLoopback) {
                throw new RefusedException("loopback address " + address.getHostAddress() + " refused");
            }
            return;
        }
        if (address.isSiteLocalAddress() || address.isLinkLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress() || uniqueLocal(address) || carrierGrade(address)) {
            throw new RefusedException("private or link-local address " + address.getHostAddress() + " refused");
        }
    }

    private static boolean uniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10, shared address space that is internal in practice. */
    private static boolean carrierGrade(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }

    /** A host refused before any connection to it was made; the client reports it as an unknown host. */
    public static final class RefusedException extends UnknownHostException {
        public RefusedException(String reason) {
            super(reason);
        }
    }
}

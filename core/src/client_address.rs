//! Whose request it is, for the rate limits: the client's address as the edge can know it, and
//! the bucket it counts in.
//!
//! Behind a reverse proxy every request comes from the proxy's address, so one client's misuse
//! would lock everyone out. The client's address is therefore read from `X-Forwarded-For`, but
//! only when the peer is a proxy the operator trusts (`CARNET_TRUSTED_PROXIES`), and only as far
//! as the chain is trusted: the rightmost address a trusted proxy did not add is the client's
//! (anything left of it was written by the client itself and could be forged). IPv6 clients are
//! counted per /64, the block one household or phone is given, so that rotating addresses inside
//! it does not multiply the budget.

use std::net::IpAddr;

use ipnet::IpNet;

/// The networks of the reverse proxies whose `X-Forwarded-For` is believed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Parses a comma-separated list of addresses and networks (`10.0.0.0/8, ::1`); an empty
    /// string trusts no proxy. Returns the first entry that is neither.
    pub fn parse(list: &str) -> Result<TrustedProxies, String> {
        let mut networks = Vec::new();
        for entry in list.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let network = match entry.parse::<IpNet>() {
                Ok(network) => network,
                Err(_) => entry.parse::<IpAddr>().map(IpNet::from).map_err(|_| entry.to_string())?,
            };
            networks.push(network);
        }
        Ok(TrustedProxies(networks))
    }

    fn trusts(&self, address: IpAddr) -> bool {
        let address = canonical(address);
        self.0.iter().any(|network| network.contains(&address))
    }

    /// The client of a request that came from `peer` with these `X-Forwarded-For` values (in
    /// the order the headers came).
    pub fn client(&self, peer: IpAddr, forwarded_for: &[&str]) -> IpAddr {
        if !self.trusts(peer) {
            return canonical(peer);
        }
        let hops: Vec<&str> = forwarded_for.iter().flat_map(|header| header.split(',')).map(str::trim).collect();
        // From the right: skip the trusted proxies; the first other address is the client. A
        // hop that is not an address stops the walk at the last trusted one: what lies left of
        // it was written by the client and cannot be believed.
        let mut client = peer;
        for hop in hops.into_iter().rev() {
            let Some(address) = parse_hop(hop) else { break };
            client = address;
            if !self.trusts(address) {
                break;
            }
        }
        canonical(client)
    }
}

/// One `X-Forwarded-For` hop: an address, or an address with a port (`1.2.3.4:5678`,
/// `[2001:db8::1]:443`) as some proxies write it.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>().ok().or_else(|| hop.parse::<std::net::SocketAddr>().ok().map(|s| s.ip()))
}

/// The rate-limit bucket of a client address: the address for IPv4, its /64 for IPv6.
pub fn bucket(client: IpAddr) -> String {
    match canonical(client) {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let network = ipnet::Ipv6Net::new(v6, 64).map(|n| n.trunc()).unwrap_or_else(|_| v6.into());
            network.to_string()
        }
    }
}

/// An IPv4 address written as IPv6 (`::ffff:1.2.3.4`, a dual-stack listener's way) is that IPv4.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn forwarded_for_is_believed_only_from_a_trusted_proxy() {
        let none = TrustedProxies::default();
        assert_eq!(none.client(ip("203.0.113.9"), &["198.51.100.1"]), ip("203.0.113.9"), "no proxy trusted");
        let proxies = TrustedProxies::parse("10.0.0.0/8, ::1").unwrap();
        assert_eq!(proxies.client(ip("10.0.0.2"), &["198.51.100.1"]), ip("198.51.100.1"));
        assert_eq!(proxies.client(ip("::1"), &["198.51.100.1"]), ip("198.51.100.1"));
        // A client that writes its own header cannot choose its address: the proxy appends the
        // real one, and the rightmost untrusted address counts.
        assert_eq!(proxies.client(ip("10.0.0.2"), &["1.1.1.1, 198.51.100.1"]), ip("198.51.100.1"));
        assert_eq!(proxies.client(ip("10.0.0.2"), &["1.1.1.1", "198.51.100.1, 10.0.0.3"]), ip("198.51.100.1"));
        // A direct client is not a proxy, whatever it says.
        assert_eq!(proxies.client(ip("198.51.100.7"), &["1.1.1.1"]), ip("198.51.100.7"));
        // With nothing usable the proxy itself is the client; garbage stops the walk, so that a
        // client cannot hide its own entry behind it.
        assert_eq!(proxies.client(ip("10.0.0.2"), &["not-an-address"]), ip("10.0.0.2"));
        assert_eq!(proxies.client(ip("10.0.0.2"), &["1.1.1.1, junk, 10.0.0.3"]), ip("10.0.0.3"));
        // Ports, as some proxies write them, are read.
        assert_eq!(proxies.client(ip("10.0.0.2"), &["198.51.100.1:5678"]), ip("198.51.100.1"));
        assert_eq!(proxies.client(ip("10.0.0.2"), &["[2001:db8::1]:443"]), ip("2001:db8::1"));
        assert_eq!(proxies.client(ip("::ffff:203.0.113.9"), &[]), ip("203.0.113.9"));
        assert!(TrustedProxies::parse("10.0.0.0/8, proxy.local").is_err());
        assert_eq!(TrustedProxies::parse("").unwrap(), TrustedProxies::default());
    }

    #[test]
    fn ipv6_clients_count_per_64() {
        assert_eq!(bucket(ip("2001:db8:1:2:aaaa::1")), bucket(ip("2001:db8:1:2:ffff::9")));
        assert_ne!(bucket(ip("2001:db8:1:2::1")), bucket(ip("2001:db8:1:3::1")));
        assert_eq!(bucket(ip("2001:db8:1:2:aaaa::1")), "2001:db8:1:2::/64");
        assert_eq!(bucket(ip("203.0.113.9")), "203.0.113.9");
        assert_eq!(bucket(ip("::ffff:203.0.113.9")), "203.0.113.9");
    }
}

//! `nazar keys create|list|revoke|rotate` and `nazar agencies set|list`: the operator manages
//! API keys and agencies locally, without a key, and each action is audited.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use nazar_store::{AccessStore, ApiKey, NewKey, Role};

use crate::audit::{self, operator};
use crate::{admin, store_err, UserError};

#[derive(clap::Subcommand)]
pub enum KeysCommand {
    /// Create a key for an agency; prints the token once, as the last line of stdout.
    Create {
        /// The agency the key belongs to (created if new).
        #[arg(long)]
        agency: String,
        /// screener (screen and search), analyst (also alerts, decisions, audit) or admin
        /// (also keys and lists).
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// When the key stops working, RFC 3339 (`2026-12-31T00:00:00Z`).
        #[arg(long, conflicts_with = "days")]
        expires: Option<String>,
        /// Or: the key stops working after this many days.
        #[arg(long)]
        days: Option<u32>,
    },
    /// List keys (never their tokens).
    List {
        /// Print a JSON array instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Revoke a key at once.
    Revoke { id: String },
    /// Replace a key by a new one; the old one keeps working for a grace period. Prints the new
    /// token as the last line of stdout.
    Rotate {
        id: String,
        /// How long the old key keeps working.
        #[arg(long, default_value_t = 24)]
        grace_hours: u32,
    },
}

#[derive(clap::Subcommand)]
pub enum AgenciesCommand {
    /// Create an agency, or change whether it is federal (a federal agency sees every
    /// agency's private lists).
    Set {
        name: String,
        #[arg(long, action = clap::ArgAction::Set, default_value_t = false)]
        federal: bool,
    },
    /// List the agencies.
    List,
}

fn parse_role(s: &str) -> Result<Role, String> {
    Role::parse(s).ok_or_else(|| format!("{s:?} is not a role: use screener, analyst or admin"))
}

fn print_new(new: &NewKey, what: &str) {
    let k = &new.key;
    eprintln!(
        "{what} key {} for agency {} with role {}{}; the token is shown only once:",
        k.id,
        k.agency,
        k.role.as_str(),
        k.expires_at
            .as_ref()
            .map(|t| format!(", expires {t}"))
            .unwrap_or_default()
    );
    println!("{}", new.token);
}

fn status(k: &ApiKey, now: &str) -> &'static str {
    let past = |t: &Option<String>| t.as_deref().is_some_and(|t| t <= now);
    if k.revoked_at.is_some() {
        "revoked"
    } else if past(&k.expires_at) {
        "expired"
    } else if past(&k.grace_until) {
        "rotated"
    } else if k.grace_until.is_some() {
        "grace"
    } else {
        "active"
    }
}

pub fn run_keys(data: &Path, command: KeysCommand) -> Result<ExitCode> {
    let mut store = admin::open(data)?;
    match command {
        KeysCommand::Create {
            agency,
            role,
            expires,
            days,
        } => {
            let expires = match (expires, days) {
                (Some(t), _) => Some(audit::parse_time(&t)?),
                (None, Some(d)) => Some(
                    (chrono::Utc::now() + chrono::Duration::days(i64::from(d)))
                        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                ),
                (None, None) => None,
            };
            let new = store
                .create_key(&agency, role, expires.as_deref())
                .map_err(store_err)?;
            audit::record(
                &mut store,
                &operator("key.create", None, vec![new.key.id.clone()]),
            )?;
            print_new(&new, "created");
        }
        KeysCommand::List { json } => {
            let keys = store.keys().map_err(store_err)?;
            let now = audit::now();
            if json {
                let out: Vec<serde_json::Value> = keys
                    .iter()
                    .map(|k| {
                        let mut v = serde_json::to_value(k).unwrap_or_default();
                        v["status"] = status(k, &now).into();
                        v
                    })
                    .collect();
                println!("{}", serde_json::to_string_pretty(&out)?);
            } else if keys.is_empty() {
                println!(
                    "no keys yet: create one with `nazar keys create --agency A --role screener`"
                );
            } else {
                println!(
                    "{:<20} {:<16} {:<9} {:<8} {:<25} expires",
                    "id", "agency", "role", "status", "created"
                );
                for k in &keys {
                    println!(
                        "{:<20} {:<16} {:<9} {:<8} {:<25} {}",
                        k.id,
                        k.agency,
                        k.role.as_str(),
                        status(k, &now),
                        k.created_at,
                        k.expires_at.as_deref().unwrap_or("-")
                    );
                }
            }
        }
        KeysCommand::Revoke { id } => {
            if !store.revoke_key(&id).map_err(store_err)? {
                return Err(UserError(format!("no key with id {id:?}")).into());
            }
            audit::record(&mut store, &operator("key.revoke", None, vec![id.clone()]))?;
            eprintln!("revoked key {id}");
        }
        KeysCommand::Rotate { id, grace_hours } => {
            let grace = (chrono::Utc::now() + chrono::Duration::hours(i64::from(grace_hours)))
                .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
            let new = store.rotate_key(&id, &grace).map_err(store_err)?;
            audit::record(
                &mut store,
                &operator("key.rotate", None, vec![id.clone(), new.key.id.clone()]),
            )?;
            eprintln!("key {id} keeps working until {grace}");
            print_new(&new, "rotated into");
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run_agencies(data: &Path, command: AgenciesCommand) -> Result<ExitCode> {
    let mut store = admin::open(data)?;
    match command {
        AgenciesCommand::Set { name, federal } => {
            store.set_agency(&name, federal).map_err(store_err)?;
            audit::record(
                &mut store,
                &operator("agency.set", None, vec![format!("agency:{name}")]),
            )?;
            eprintln!("agency {name}: federal {federal}");
        }
        AgenciesCommand::List => {
            for a in store.agencies().map_err(store_err)? {
                println!("{}\tfederal {}", a.name, a.federal);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

"""Traveloure chat core: channel-agnostic protocol, orchestrator, agents and services."""

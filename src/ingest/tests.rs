//! Tests of the whole ingest step: bytes in, articles or an error out.

use super::*;

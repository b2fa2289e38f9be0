import { runSubgraphMain } from '@pecg/common';
import { communitySafetySubgraph } from './index';

runSubgraphMain(communitySafetySubgraph);

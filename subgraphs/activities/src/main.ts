import { runSubgraphMain } from '@pecg/common';
import { activitiesSubgraph } from './index';

runSubgraphMain(activitiesSubgraph);
